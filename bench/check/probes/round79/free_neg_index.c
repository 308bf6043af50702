/* TRUTH: free — p=&a[4]; T1 writes p[-1]==a[3], T2 writes a[4] */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int a[8]; int *p=&a[4];
void *t1(void *arg){ (void)arg; p[-1] = 1; return 0; }
void *t2(void *arg){ (void)arg; a[4] = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
