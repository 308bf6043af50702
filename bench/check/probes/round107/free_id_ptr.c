/* TRUTH: free — ids handed as &ids[i] with ids[i] = i; f writes a[*id] */
#include <pthread.h>
int a[3];
int ids[3];
void *f(void *arg){ int id = *(int *)arg; a[id] = 1; return 0; }
int main(void){ pthread_t t[3];
  for (int i = 0; i < 3; i++) { ids[i] = i; pthread_create(&t[i],0,f,&ids[i]); }
  for (int i = 0; i < 3; i++) pthread_join(t[i],0); return 0; }
