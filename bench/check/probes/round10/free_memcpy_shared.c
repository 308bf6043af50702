/* free: thread writes the shared buffer with memcpy; main reads it only after
   joining. */
#include <pthread.h>
#include <string.h>
static char buf[16];
static const char src[16] = "hello world";
static void *t(void *x) { (void)x; memcpy(buf, src, sizeof buf); return 0; }
int main(void) {
    pthread_t p;
    pthread_create(&p, 0, t, 0);
    pthread_join(p, 0);
    char c = buf[0];
    return c;
}
