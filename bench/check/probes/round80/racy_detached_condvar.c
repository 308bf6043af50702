/* TRUTH: racy — detached thread writes x AFTER signalling done; main reads x after wait */
#include <pthread.h>
int x, done; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *w(void *p){ pthread_mutex_lock(&m); done = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_detach(t);
 pthread_mutex_lock(&m); while (!done) pthread_cond_wait(&c,&m); pthread_mutex_unlock(&m); int r = x; pthread_exit(0); return r; }
