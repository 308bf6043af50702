/* race-free: each account embeds its mutex; transfers lock the account they modify (two accounts, lock ordering by index) */
#include <pthread.h>
#include <assert.h>
struct account { pthread_mutex_t m; int bal; };
struct account acc[2];
struct job { struct account *from, *to; int amt; };
void *xfer(void *p) {
  struct job *j = p;
  struct account *first = j->from < j->to ? j->from : j->to;
  struct account *second = j->from < j->to ? j->to : j->from;
  pthread_mutex_lock(&first->m);
  pthread_mutex_lock(&second->m);
  j->from->bal -= j->amt;
  j->to->bal += j->amt;
  pthread_mutex_unlock(&second->m);
  pthread_mutex_unlock(&first->m);
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
  assert(acc[0].bal + acc[1].bal == 200);
  return 0;
}
