/* TRUTH: racy — main hands the address of ITS thread-local `mine` to the worker, which writes it (line 4) while main writes mine (line 6) before joining. */
#include <pthread.h>
__thread int mine;
void *w(void *a) { *(int *)a = 5; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, &mine);
  mine = 3;
  pthread_join(t, 0); return mine; }
