/* TRUTH: racy — ids[i] = i / 2 gives ids 0,0,1; f writes a[*id]: two instances write a[0] */
#include <pthread.h>
int a[3];
int ids[3];
void *f(void *arg){ int id = *(int *)arg; a[id] = 1; return 0; }
int main(void){ pthread_t t[3];
  for (int i = 0; i < 3; i++) { ids[i] = i / 2; pthread_create(&t[i],0,f,&ids[i]); }
  for (int i = 0; i < 3; i++) pthread_join(t[i],0); return 0; }
