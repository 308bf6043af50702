/* TRUTH: racy — all threads are handed &idv, which main overwrites each iteration while earlier threads read it */
#include <pthread.h>
int a[3];
int idv;
void *f(void *arg){ int id = *(int *)arg; a[id] = 1; return 0; }
int main(void){ pthread_t t[3];
  for (int i = 0; i < 3; i++) { idv = i; pthread_create(&t[i],0,f,&idv); }
  for (int i = 0; i < 3; i++) pthread_join(t[i],0); return 0; }
