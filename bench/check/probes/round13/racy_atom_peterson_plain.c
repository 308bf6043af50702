/* racy: Peterson with plain (volatile, non-atomic) flag/turn: the flag and turn accesses themselves race */
#include <pthread.h>
volatile int flag[2];
volatile int turn;
int cs;
static void enter(int me) {
  int other = 1 - me;
  flag[me] = 1;
  turn = other;
  while (flag[other] && turn == other) ;
}
static void leave(int me) { flag[me] = 0; }
void *t(void *p) { int me = (int)(long)p; for (int i = 0; i < 5; i++) { enter(me); cs++; leave(me); } return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t, (void *)0L);
  pthread_create(&b, NULL, t, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return cs;
}
