/* TRUTH: free — depth is only accessed while the recursive mutex rm is held (re-entered inside nested()) */
#include <pthread.h>
pthread_mutex_t rm;
int depth;

static void nested(int n)
{
  pthread_mutex_lock(&rm);
  depth++;
  if (n > 0)
    nested(n - 1);
  depth--;
  pthread_mutex_unlock(&rm);
}

void *t(void *arg) { nested(3); return 0; }

int main(void)
{
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&rm, &at);
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return depth;
}
