/* TRUTH: racy — instances 0..2 of f write a[id] and read a[id+1]; instance 0 reads a[1] while instance 1 writes it */
#include <pthread.h>
int a[4];
int r[3];
void *f(void *arg){ long id = (long)arg; a[id] = 1; r[id] = a[id + 1]; return 0; }
int main(void){ pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i],0,f,(void*)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i],0); return 0; }
