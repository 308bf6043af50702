/* TRUTH: racy — starter thread s holds m around create/join of child, but cond_wait releases m: child g++ (line 4) races with t2 g++ under m (line 5) */ #include <pthread.h>
#include <threads.h>
int g, ready; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *child(void *x){ g++; return 0; }
void *t2(void *x){ pthread_mutex_lock(&m); g++; ready = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m); return 0; }
void *s(void *x){ pthread_t c; pthread_mutex_lock(&m); pthread_create(&c,0,child,0); while (!ready) pthread_cond_wait(&cv, &m); pthread_join(c,0); pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t a, b; pthread_create(&a,0,s,0); pthread_create(&b,0,t2,0); pthread_join(a,0); pthread_join(b,0); return g; }
