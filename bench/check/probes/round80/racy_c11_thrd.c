/* TRUTH: racy — C11 thrd_create twice, both x++ */
#include <threads.h>
int x;
int w(void *p){ x++; return 0; }
int main(void){ thrd_t a,b; thrd_create(&a,w,0); thrd_create(&b,w,0); thrd_join(a,0); thrd_join(b,0); return x; }
