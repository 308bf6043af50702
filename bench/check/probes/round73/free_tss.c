/* TRUTH: free — each thread stores its own malloc'd buffer in a tss key and only touches that */
#include <threads.h>
#include <stdlib.h>
tss_t key;
int w(void *a){ int *p = malloc(sizeof *p); *p = 0; tss_set(key, p); for (int i=0;i<10;i++) { int *q = tss_get(key); (*q)++; } free(tss_get(key)); return 0; }
int main(void){ thrd_t t1,t2; tss_create(&key, 0); thrd_create(&t1,w,0); thrd_create(&t2,w,0); thrd_join(t1,0); thrd_join(t2,0); tss_delete(key); return 0; }
