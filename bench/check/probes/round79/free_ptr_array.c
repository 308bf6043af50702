/* TRUTH: free — ptrs={&a,&b}; T1 *ptrs[0], T2 *ptrs[1] */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int a, b; int *ptrs[2]={&a,&b};
void *t1(void *arg){ (void)arg; *ptrs[0] = 1; return 0; }
void *t2(void *arg){ (void)arg; *ptrs[1] = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
