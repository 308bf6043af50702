/* TRUTH: free — args[i].p=&data[i], each thread writes *p */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct Arg{int *p;}; int data[2]; struct Arg args[2];
void *t1(void *arg){ (void)arg; *((struct Arg*)arg)->p = 1; return 0; }
void *t2(void *arg){ (void)arg; *((struct Arg*)arg)->p = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  args[0].p=&data[0]; args[1].p=&data[1];
  pthread_create(&ta,0,t1,&args[0]); pthread_create(&tb,0,t2,&args[1]);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
