/* TRUTH: free — the connection state and error counter are only touched under conn_lock by both the rx and the timer thread */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
enum state { IDLE, CONNECTING, UP, DOWN };
pthread_mutex_t conn_lock = PTHREAD_MUTEX_INITIALIZER;
enum state st = IDLE;
int errors;

static void event(int ev)
{
  pthread_mutex_lock(&conn_lock);
  switch (st) {
  case IDLE:
    if (ev == 1) st = CONNECTING;
    break;
  case CONNECTING:
    if (ev == 2) st = UP;
    else { st = DOWN; errors++; }
    break;
  case UP:
    if (ev == 3) st = DOWN;
    break;
  case DOWN:
    st = IDLE;
    break;
  }
  pthread_mutex_unlock(&conn_lock);
}

void *rx(void *a)
{
  for (int i = 0; i < 4; i++)
    event(__VERIFIER_nondet_int());
  return 0;
}

void *timer(void *a)
{
  pthread_mutex_lock(&conn_lock);
  if (st == CONNECTING) {
    st = DOWN;
    errors++;
  }
  pthread_mutex_unlock(&conn_lock);
  return 0;
}

int main(void)
{
  pthread_t r, t;
  pthread_create(&r, 0, rx, 0);
  pthread_create(&t, 0, timer, 0);
  pthread_join(r, 0);
  pthread_join(t, 0);
  return errors;
}
