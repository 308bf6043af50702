// One thread reads a line from /etc/hostname into the shared buffer with fgets
// while another thread reads the buffer -> race on line[].
#include <pthread.h>
#include <stdio.h>
static char line[256];
static void *loader(void *arg) {
    (void)arg;
    FILE *f = fopen("/etc/hostname", "r");
    if (f) { if (!fgets(line, sizeof line, f)) line[0] = 0; fclose(f); }
    return NULL;
}
static void *user(void *arg) { *(int *)arg = line[0]; return NULL; }
int main(void) {
    int r;
    pthread_t a, b;
    pthread_create(&a, NULL, loader, NULL);
    pthread_create(&b, NULL, user, &r);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", r);
    return 0;
}
