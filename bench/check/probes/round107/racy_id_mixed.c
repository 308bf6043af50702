/* TRUTH: racy — ids 0..2; f writes a[id] and a[2*id]: instance 1 writes a[2] via 2*id, instance 2 writes a[2] via id */
#include <pthread.h>
int a[5];
void *f(void *arg){ long id = (long)arg; a[id] = 1; a[2 * id] = 2; return 0; }
int main(void){ pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i],0,f,(void*)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i],0); return 0; }
