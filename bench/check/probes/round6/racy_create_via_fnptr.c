/* TRUTH: racy. The thread is started through a function pointer to pthread_create; it writes x, main writes x. */
#include <pthread.h>
int x;
void *w(void *a) { (void)a; x = 1; return 0; }
int (*spawn)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *) = pthread_create;
int main(void) { pthread_t t; spawn(&t, 0, w, 0); x = 2; pthread_join(t, 0); return 0; }
