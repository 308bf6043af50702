/* TRUTH: free — detached thread writes x then sets done under mutex and signals; main waits for done then reads */
#include <pthread.h>
int x, done; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *w(void *p){ x = 1; pthread_mutex_lock(&m); done = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_detach(t);
 pthread_mutex_lock(&m); while (!done) pthread_cond_wait(&c,&m); pthread_mutex_unlock(&m); return x; }
