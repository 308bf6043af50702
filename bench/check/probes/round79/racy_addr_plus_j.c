/* TRUTH: racy — T2 writes *(&a[1]+2) == a[3], same as T1 */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int a[8];
void *t1(void *arg){ (void)arg; a[3] = 1; return 0; }
void *t2(void *arg){ (void)arg; *(&a[1]+2) = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
