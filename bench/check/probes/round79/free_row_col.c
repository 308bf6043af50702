/* TRUTH: free — T1 writes row 1, T2 writes column 3 rows 2..3: disjoint */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int m[4][4];
void *t1(void *arg){ (void)arg; for(int j=0;j<4;j++) m[1][j]=1; return 0; }
void *t2(void *arg){ (void)arg; for(int i=2;i<4;i++) m[i][3]=2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
