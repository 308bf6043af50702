/* race-free: struct with embedded lock; obj_lock/obj_unlock wrappers take the struct pointer; counter field only touched while locked */
#include <pthread.h>
#include <assert.h>
struct obj { pthread_mutex_t lock; int counter; const char *name; };
static void obj_lock(struct obj *o) { pthread_mutex_lock(&o->lock); }
static void obj_unlock(struct obj *o) { pthread_mutex_unlock(&o->lock); }
static void bump(struct obj *o, int by) { obj_lock(o); o->counter += by; obj_unlock(o); }
void *w(void *p) { for (int i = 0; i < 5; i++) bump(p, i); return NULL; }
int main(void) {
  static struct obj o = { PTHREAD_MUTEX_INITIALIZER, 0, "o" };
  pthread_t a, b;
  pthread_create(&a, NULL, w, &o);
  pthread_create(&b, NULL, w, &o);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(o.counter == 20);
  return 0;
}
