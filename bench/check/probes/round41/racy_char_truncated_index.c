/* TRUTH: racy — args 1 and 257 both become 1 after the unsigned char conversion, so both write slot[1] (line 5). */
#include <pthread.h>
int slot[256];
void *w(void *a) { unsigned char id = (unsigned char)(long)a;
  slot[id] = 7; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, (void *)1); pthread_create(&q, 0, w, (void *)257); pthread_join(p, 0); pthread_join(q, 0); return slot[1]; }
