/* TRUTH: racy — T2 writes b[0], which strcat reads while scanning */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
char b[16]="ab";
void *t1(void *arg){ (void)arg; strcat(b, "cd"); return 0; }
void *t2(void *arg){ (void)arg; b[0] = 'x'; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
