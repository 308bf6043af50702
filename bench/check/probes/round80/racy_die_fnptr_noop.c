/* TRUTH: racy — fin pointer initialised to exit but reassigned to a no-op before thread start */
#include <pthread.h>
#include <stdlib.h>
int x; void (*fin)(int) = exit;
void noop(int c){ (void)c; }
void *w(void *p){ fin(0); x = 1; return 0; }
int main(void){ pthread_t t; fin = noop; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return 0; }
