// racy: ids from postfix ++ on an _Atomic int (an atomic fetch_add), but a janitor thread does next -= 1 (atomic RMW) so ids can repeat.
#include <pthread.h>
_Atomic int next;
int buf[8];
void *w(void *a) {
  int id = next++;
  if (id >= 0 && id < 8) buf[id] = 1;
  return 0;
}
void *janitor(void *a) { next -= 1; return 0; }
int main(void) {
  pthread_t t1, t2, j;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&j, 0, janitor, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0);
  pthread_join(j, 0);
  pthread_join(t2, 0);
  return buf[0];
}
