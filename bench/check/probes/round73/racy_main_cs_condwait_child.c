/* TRUTH: racy — main holds m while starting and joining child, but its pthread_cond_wait releases m meanwhile: child g++ (line 4) races with t2 g++ under m (line 5) */ #include <pthread.h>
#include <threads.h>
int g, ready; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *child(void *x){ g++; return 0; }
void *t2(void *x){ pthread_mutex_lock(&m); g++; ready = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t c, b; pthread_create(&b,0,t2,0);
  pthread_mutex_lock(&m); pthread_create(&c,0,child,0);
  while (!ready) pthread_cond_wait(&cv, &m);
  pthread_join(c,0); pthread_mutex_unlock(&m); pthread_join(b,0); return g; }
