console.log('dateline: not yet');
