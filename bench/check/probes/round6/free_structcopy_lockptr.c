/* TRUTH: race-free. The ctx struct is copied by value per thread, but each copy's lock pointer and
   data pointer still reference the same mutex and counter. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int shared;
struct ctx { pthread_mutex_t *lock; int *cnt; int id; };
void *w(void *p) { struct ctx c = *(struct ctx *)p; pthread_mutex_lock(c.lock); *c.cnt += c.id; pthread_mutex_unlock(c.lock); return 0; }
int main(void) { struct ctx base = { &m, &shared, 0 }, c[2]; pthread_t t[2]; int i;
  for (i = 0; i < 2; i++) { c[i] = base; c[i].id = i + 1; pthread_create(&t[i], 0, w, &c[i]); }
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  return shared; }
