/* TRUTH: racy — double-checked initialisation with a plain pointer: the unlocked first check reads inst while another thread writes it under the lock */
#include <pthread.h>
#include <stdlib.h>
struct obj { int v; };
struct obj *inst;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

struct obj *get(void)
{
  if (inst == NULL) {
    pthread_mutex_lock(&m);
    if (inst == NULL) {
      struct obj *o = malloc(sizeof *o);
      if (o) {
        o->v = 1;
        inst = o;
      }
    }
    pthread_mutex_unlock(&m);
  }
  return inst;
}

void *user(void *a)
{
  struct obj *o = get();
  return o ? (void *)(long)o->v : 0;
}

int main(void)
{
  pthread_t t[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&t[i], 0, user, 0);
  for (int i = 0; i < 2; i++)
    pthread_join(t[i], 0);
  return 0;
}
