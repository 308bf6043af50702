/* TRUTH: racy — fill(char buf[]) strcpy into shared b from both threads */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
char b[16]; static void fill(char buf[]){ strcpy(buf, "hi"); }
void *t1(void *a){ (void)a; fill(b); return 0; }
void *t2(void *a){ (void)a; fill(b); return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
