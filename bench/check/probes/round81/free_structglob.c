/* TRUTH: free — both increments under same mutex */
#include <pthread.h>
struct holder { int *p; int pad; };
struct holder h;
int counter;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { struct holder *hp = a; pthread_mutex_lock(&m); (*hp->p)++; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t t;
  h.p = &counter;
  pthread_create(&t, 0, w, &h);
  pthread_mutex_lock(&m); counter++; pthread_mutex_unlock(&m);
  pthread_join(t, 0);
  return counter;
}
