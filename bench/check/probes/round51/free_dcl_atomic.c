/* TRUTH: free — double-checked init: instance is an atomic pointer (acquire load / release store), creation happens under init_lock, object fields written before release publish */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct singleton { int a; int b; };
static _Atomic(struct singleton *) instance;
static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;

static struct singleton *get(void)
{
  struct singleton *s = atomic_load_explicit(&instance, memory_order_acquire);
  if (s)
    return s;
  pthread_mutex_lock(&init_lock);
  s = atomic_load_explicit(&instance, memory_order_relaxed);
  if (!s) {
    s = malloc(sizeof *s);
    if (!s) {
      pthread_mutex_unlock(&init_lock);
      return NULL;
    }
    s->a = 1;
    s->b = 2;
    atomic_store_explicit(&instance, s, memory_order_release);
  }
  pthread_mutex_unlock(&init_lock);
  return s;
}

void *user(void *arg)
{
  struct singleton *s = get();
  if (!s)
    return NULL;
  return (void *)(long)(s->a + s->b);
}

int main(void)
{
  pthread_t t[3];
  for (int i = 0; i < 3; i++)
    pthread_create(&t[i], 0, user, 0);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], 0);
  return 0;
}
