/* TRUTH: free — each worker touches only its own object's v under its own lock; total untouched by workers */
#include <pthread.h>
struct obj { pthread_mutex_t lk; int v; } o[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};
int total;
void *w(void *a) { struct obj *p = a; pthread_mutex_lock(&p->lk); p->v++; pthread_mutex_unlock(&p->lk); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, &o[0]);
  pthread_create(&t2, 0, w, &o[1]);
  pthread_join(t1, 0); pthread_join(t2, 0);
  total = o[0].v + o[1].v;
  return total;
}
