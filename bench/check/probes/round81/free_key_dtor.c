/* TRUTH: free — destructor increments freed under a mutex */
#include <pthread.h>
pthread_key_t key;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int freed;
static void dtor(void *p) { pthread_mutex_lock(&m); freed++; pthread_mutex_unlock(&m); }
void *w(void *p) { pthread_setspecific(key, (void *)1); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_key_create(&key, dtor);
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return freed;
}
