/* TRUTH: racy. ready set before create (ordered), but main writes data after create while
   the worker, seeing ready, reads data. */
#include <pthread.h>
int ready, data;
void *w(void *a) { int v = 0; (void)a; if (ready) v = data; return (void *)(long)v; }
int main(void) { pthread_t t; data = 1; ready = 1; pthread_create(&t, 0, w, 0); data = 2; pthread_join(t, 0); return 0; }
