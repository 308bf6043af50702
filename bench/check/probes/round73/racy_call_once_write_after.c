/* TRUTH: racy — both threads write counter (line 5) after call_once without a lock */
#include <threads.h>
static once_flag fl = ONCE_FLAG_INIT; int counter;
static void init(void){ counter = 100; }
int w(void *a){ call_once(&fl, init); counter++; return 0; }
int main(void){ thrd_t t1,t2; thrd_create(&t1,w,0); thrd_create(&t2,w,0); thrd_join(t1,0); thrd_join(t2,0); return counter; }
