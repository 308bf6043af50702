/* TRUTH: racy — `if` not `while` around cond_wait: a spurious wakeup (allowed by POSIX) lets main read x while w writes it */
#include <pthread.h>
int x, done; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *w(void *p){ x = 1; pthread_mutex_lock(&m); done = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0);
 pthread_mutex_lock(&m); if (!done) pthread_cond_wait(&c,&m); pthread_mutex_unlock(&m); int r = x; pthread_join(t,0); return r; }
