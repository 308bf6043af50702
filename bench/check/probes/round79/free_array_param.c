/* TRUTH: free — w(g+1,0) writes g[1], T1 w(g,0) writes g[0] */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int g[4]; static void w(int arr[], int i){ arr[i] = 1; }
void *t1(void *arg){ (void)arg; w(g, 0); return 0; }
void *t2(void *arg){ (void)arg; w(g+1, 0); return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
