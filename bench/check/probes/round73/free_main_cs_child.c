/* TRUTH: free — main holds m continuously from creating child to joining it; t2 increments g under m */ #include <pthread.h>
#include <threads.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *child(void *x){ g++; return 0; }
void *t2(void *x){ pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t c, b; pthread_create(&b,0,t2,0);
  pthread_mutex_lock(&m); pthread_create(&c,0,child,0);
  pthread_join(c,0); pthread_mutex_unlock(&m); pthread_join(b,0); return g; }
