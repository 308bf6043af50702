/* TRUTH: racy. The pointer value &g is copied with memcpy; worker writes through the copy, main writes g. */
#include <pthread.h>
#include <string.h>
int g; int *gp = &g;
void *w(void *a) { int *p; (void)a; memcpy(&p, &gp, sizeof p); *p = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); g = 2; pthread_join(t, 0); return 0; }
