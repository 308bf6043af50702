/* TRUTH: racy. Both threads (id 0 and 7) reach the unlocked g++ (case 0 falls through to default). */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g, h;
void *w(void *a) {
  switch ((long)a) {
  case 0: pthread_mutex_lock(&m); h++; pthread_mutex_unlock(&m); /* fallthrough */
  default: g++; break;
  case 1: pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); break;
  }
  return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, (void *)0); pthread_create(&b, 0, w, (void *)7); pthread_join(a, 0); pthread_join(b, 0); return g; }
