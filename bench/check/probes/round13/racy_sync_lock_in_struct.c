/* racy: transfer locks only the source account's mutex, but also modifies the destination, which the other thread locks via its own source */
#include <pthread.h>
struct account { pthread_mutex_t m; int bal; };
struct account acc[2];
struct job { struct account *from, *to; int amt; };
void *xfer(void *p) {
  struct job *j = p;
  pthread_mutex_lock(&j->from->m);
  j->from->bal -= j->amt;
  j->to->bal += j->amt;
  pthread_mutex_unlock(&j->from->m);
  return NULL;
}
int main(void) {
  for (int i = 0; i < 2; i++) { pthread_mutex_init(&acc[i].m, NULL); acc[i].bal = 100; }
  struct job j1 = { &acc[0], &acc[1], 10 }, j2 = { &acc[1], &acc[0], 5 };
  pthread_t a, b;
  pthread_create(&a, NULL, xfer, &j1);
  pthread_create(&b, NULL, xfer, &j2);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return acc[0].bal;
}
