/* TRUTH: racy — t2 reads data when flag==0, i.e. before t1 publishes; t1 write of data can race */
#include <pthread.h>
#include <stdlib.h>
extern void __VERIFIER_atomic_begin(void); extern void __VERIFIER_atomic_end(void);
int data; int flag;
void *t1(void *a){ data=42; __VERIFIER_atomic_begin(); flag=1; __VERIFIER_atomic_end(); return 0; }
void *t2(void *a){ int f; __VERIFIER_atomic_begin(); f=flag; __VERIFIER_atomic_end(); if(f==0){ int y=data; (void)y; } return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
