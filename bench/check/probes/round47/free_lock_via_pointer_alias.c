/* TRUTH: free — thread A locks through a pointer stored in ctx, thread B locks the global directly; both name the same mutex, guarding shared_total */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

pthread_mutex_t the_lock = PTHREAD_MUTEX_INITIALIZER;
int shared_total;

struct ctx { pthread_mutex_t *lock; int *target; int amount; };

void *via_ctx(void *arg) {
  struct ctx *c = arg;
  pthread_mutex_lock(c->lock);
  *c->target += c->amount;
  pthread_mutex_unlock(c->lock);
  return 0;
}

void *direct(void *arg) {
  pthread_mutex_lock(&the_lock);
  shared_total -= 1;
  pthread_mutex_unlock(&the_lock);
  return 0;
}

int main(void) {
  pthread_t a, b;
  struct ctx c = { &the_lock, &shared_total, 5 };
  pthread_create(&a, 0, via_ctx, &c);
  pthread_create(&b, 0, direct, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (shared_total != 4) reach_error();
  return 0;
}
