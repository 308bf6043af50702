/* TRUTH: racy — double-checked init: the first check reads plain 'inst' outside the lock while another thread writes it */
#include <pthread.h>
#include <stdlib.h>

struct cfg { int level; };
struct cfg *inst;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

struct cfg *get(void) {
  if (inst == 0) {
    pthread_mutex_lock(&m);
    if (inst == 0) {
      struct cfg *c = malloc(sizeof *c);
      c->level = 3;
      inst = c;
    }
    pthread_mutex_unlock(&m);
  }
  return inst;
}

void *user(void *arg) {
  struct cfg *c = get();
  return (void *)(long)c->level;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, user, 0);
  pthread_create(&b, 0, user, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
