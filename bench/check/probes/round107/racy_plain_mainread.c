/* TRUTH: racy — main reads result before joining the worker that writes it */
#include <pthread.h>
int result;
void *w(void *a){ (void)a; result = 7; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); int r = result; pthread_join(t,0); return r > 7; }
