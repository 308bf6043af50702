/* TRUTH: free — both threads pass id 0, so both lock */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a) { int c = ((long)a == 0); if (c) pthread_mutex_lock(&m); x++; if (c) pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)0);
  pthread_create(&t2, 0, w, (void *)0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return x;
}
