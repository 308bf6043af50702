/* TRUTH: free — the device table slot and its handler are published and read inside atomic blocks; the handler itself only touches atomic-block-protected state */
#include <pthread.h>
#include <stddef.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

struct dev { int id; int events; void (*notify)(struct dev *); };
struct dev *registry[2];
struct dev d0;

static void on_event(struct dev *d) { d->events++; }

void *registrar(void *arg) {
  __VERIFIER_atomic_begin();
  d0.id = 7;
  d0.events = 0;
  d0.notify = on_event;
  registry[0] = &d0;
  __VERIFIER_atomic_end();
  return 0;
}

void *dispatcher(void *arg) {
  int i;
  for (i = 0; i < 2; i++) {
    __VERIFIER_atomic_begin();
    if (registry[0] != NULL) {
      if (registry[0]->id != 7) reach_error();
      registry[0]->notify(registry[0]);
    }
    __VERIFIER_atomic_end();
  }
  return 0;
}

int main(void) {
  pthread_t r, d;
  pthread_create(&d, 0, dispatcher, 0);
  pthread_create(&r, 0, registrar, 0);
  pthread_join(r, 0);
  pthread_join(d, 0);
  return 0;
}
