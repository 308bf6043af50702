/* TRUTH: free — lock/unlock are wrapped in helper functions but every access to the queue length happens between them */
#include <pthread.h>
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static int qlen;

static void q_lock(void) { pthread_mutex_lock(&qlock); }
static void q_unlock(void) { pthread_mutex_unlock(&qlock); }

static int q_push(void)
{
  int ok;
  q_lock();
  ok = qlen < 8;
  if (ok)
    qlen++;
  q_unlock();
  return ok;
}

static int q_pop(void)
{
  int ok;
  q_lock();
  ok = qlen > 0;
  if (ok)
    qlen--;
  q_unlock();
  return ok;
}

void *prod(void *a) { for (int i = 0; i < 5; i++) q_push(); return 0; }
void *cons(void *a) { for (int i = 0; i < 5; i++) q_pop(); return 0; }

int main(void)
{
  pthread_t p, c;
  pthread_create(&p, 0, prod, 0);
  pthread_create(&c, 0, cons, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return qlen < 0;
}
